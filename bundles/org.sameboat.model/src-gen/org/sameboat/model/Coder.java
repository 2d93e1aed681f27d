/**
 */
package org.sameboat.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Coder</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sameboat.model.Coder#getName <em>Name</em>}</li>
 *   <li>{@link org.sameboat.model.Coder#getColour <em>Colour</em>}</li>
 *   <li>{@link org.sameboat.model.Coder#isBlind <em>Blind</em>}</li>
 * </ul>
 *
 * @see org.sameboat.model.SameboatPackage#getCoder()
 * @model
 * @generated
 */
public interface Coder extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.sameboat.model.SameboatPackage#getCoder_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Coder#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Colour</em>' attribute.
	 * @see #setColour(String)
	 * @see org.sameboat.model.SameboatPackage#getCoder_Colour()
	 * @model
	 * @generated
	 */
	String getColour();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Coder#getColour <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Colour</em>' attribute.
	 * @see #getColour()
	 * @generated
	 */
	void setColour(String value);

	/**
	 * Returns the value of the '<em><b>Blind</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this coder codes blind: the workbench hides every other coder's codings from them until they end it. Absent in projects written before it existed, which then load as not blind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Blind</em>' attribute.
	 * @see #setBlind(boolean)
	 * @see org.sameboat.model.SameboatPackage#getCoder_Blind()
	 * @model default="false"
	 * @generated
	 */
	boolean isBlind();

	/**
	 * Sets the value of the '{@link org.sameboat.model.Coder#isBlind <em>Blind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Blind</em>' attribute.
	 * @see #isBlind()
	 * @generated
	 */
	void setBlind(boolean value);

} // Coder
